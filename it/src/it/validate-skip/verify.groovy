def log = new File(basedir, 'build.log').text
assert log.contains('Skipping eca:validate (eca.validate.skip=true)')
assert !log.contains('[ECA-')
assert log.contains('BUILD SUCCESS')
return true
