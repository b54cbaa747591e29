def log = new File(basedir, 'build.log').text
// sf really ran with the key (the masked command line is logged at debug level) and failed on the alias
assert log.contains('--installation-key ******')
assert log.contains('NamedOrgNotFoundError')
assert !log.contains('s3cret-IT-install-key')
assert !new File(basedir, 'target/eca/package-version-create.json').exists()
return true
