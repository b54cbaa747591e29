def log = new File(basedir, 'build.log').text
assert log.contains('NoDefaultDevHubError: No default dev hub found')
assert log.contains('-Deca.targetDevHub=<alias or username>')
assert log.contains('BUILD FAILURE')
// sf did not touch the project file
assert !new File(basedir, 'sfdx-project.json').text.contains('packageAliases')
return true
