def log = new File(basedir, 'build.log').text
assert log.contains('This plugin has')
assert log.contains('eca:help')
assert log.contains('BUILD SUCCESS')
return true
