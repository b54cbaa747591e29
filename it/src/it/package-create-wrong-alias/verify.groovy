def log = new File(basedir, 'build.log').text
assert log.contains('NamedOrgNotFoundError')
assert log.contains('No authorization information found for no-such-hub')
assert log.contains("check 'sf org list'")
assert log.contains('BUILD FAILURE')
return true
