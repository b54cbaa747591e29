def log = new File(basedir, 'build.log').text
assert log.contains("<app> Nango_Integration: <apps><app><pkceRequired>: 'ture' is not a boolean; write true or false")
assert log.contains("<app> Nango_Integration: <apps><app><secretRequiredForRefreshToken>: 'yes' is not a boolean; write true or false")
assert log.contains("eca:generate: <check> (eca.generate.check): 'maybe' is not a boolean; write true or false")
// nothing was written
assert !new File(basedir, 'force-app').exists()
assert !new File(basedir, 'manifest').exists()
assert !new File(basedir, 'sfdx-project.json').exists()
return true
