def log = new File(basedir, 'build.log').text
assert log.contains('no sfdx-project.json in')
assert log.contains('-Deca.projectDirectory')
assert log.contains('BUILD FAILURE')
return true
