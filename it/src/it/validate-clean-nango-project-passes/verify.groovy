def log = new File(basedir, 'build.log').text
assert log.contains('eca:validate: 0 error(s), 0 warning(s), 0 info(s) in 7 file(s)')
assert !log.contains('[ECA-')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/eca/eca-validate.sarif').isFile()
return true
