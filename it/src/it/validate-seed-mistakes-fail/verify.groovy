def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('[ECA-') }.collect { it.replaceFirst(/^\[(ERROR|WARNING|INFO)\] /, '') }
def expected = [
    'package.xml:15:5: ERROR [ECA-PROJ-009] <version>58.0</version> is too low for ExternalClientApplication (59.0), ExtlClntAppOauthSettings (59.0), ExtlClntAppOauthConfigurablePolicies (59.0); use at least 59.0',
    'sfdx-project.json:4:33: ERROR [ECA-PROJ-001] comment in sfdx-project.json: JSON has no comments, and the sf CLI silently treats a file with comments as empty; remove it',
    'sfdx-project.json:5:38: ERROR [ECA-PROJ-001] comment in sfdx-project.json: JSON has no comments, and the sf CLI silently treats a file with comments as empty; remove it',
    'sfdx-project.json:8:18: ERROR [ECA-PROJ-004] package "Nango External App" has no entry in "packageAliases"; did you mean "Nango External"?',
    'sfdx-project.json:8:40: ERROR [ECA-PROJ-001] comment in sfdx-project.json: JSON has no comments, and the sf CLI silently treats a file with comments as empty; remove it',
    'sfdx-project.json:9:32: ERROR [ECA-PROJ-001] comment in sfdx-project.json: JSON has no comments, and the sf CLI silently treats a file with comments as empty; remove it',
    'sfdx-project.json:12:21: ERROR [ECA-PROJ-001] comment in sfdx-project.json: JSON has no comments, and the sf CLI silently treats a file with comments as empty; remove it',
    'sfdx-project.json:13:28: ERROR [ECA-PROJ-001] comment in sfdx-project.json: JSON has no comments, and the sf CLI silently treats a file with comments as empty; remove it',
]
assert lines == expected : "got:\n" + lines.join('\n')
assert log.contains('eca:validate found 8 new finding(s)')
return true
