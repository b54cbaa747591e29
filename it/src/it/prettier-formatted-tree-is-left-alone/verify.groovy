def log = new File(basedir, 'build.log').text
def policies = 'force-app/main/default/extlClntAppOauthPolicies/Nango_Integration_oauthPlcy.ecaOauthPlcy-meta.xml'
assert new File(basedir, policies).isFile()

// prettier did reformat every XML file (its marks: a space before ?> and the namespace on a line of its own)
def xml = []
new File(basedir, 'force-app').eachFileRecurse { if (it.name.endsWith('.xml')) xml << it }
xml << new File(basedir, 'manifest/package.xml')
assert xml.size() == 6
xml.each { f ->
    assert f.text.startsWith('<?xml version="1.0" encoding="UTF-8" ?>') : "not prettier's layout (any more): $f"
}
assert log.contains('sfdx-project.json') // prettier listed it

// build 2: check passes on the reformatted tree
assert log.contains('All 7 files are up to date') : 'eca:check must pass on a reformatted but equal tree'
assert !log.contains('layout differs')
// validate's line and column point at the element in the reformatted file
def findings = (log =~ /(?m)\Q${policies}\E:(\d+):(\d+): WARNING \[ECA-OAUTH-006\]/).collect { [it[1] as int, it[2] as int] }
assert findings.size() == 3 : "ECA-OAUTH-006 expected from builds 1, 2 and 3: $findings"
def lines = new File(basedir, policies).readLines()
def at = lines.findIndexOf { it.contains('<ipRelaxationPolicyType>') }
def expected = [at + 1, lines[at].indexOf('<ipRelaxationPolicyType>') + 1]
assert findings[0] != expected : 'build 1 validated the layout before prettier'
assert findings[1] == expected : "build 2 must point at the reformatted line ${expected}, not ${findings[1]}"
assert findings[2] == expected

// build 3: generate rewrote nothing
def third = log.lastIndexOf(':generate (default)')
assert log.indexOf('Updated ', third) < 0 && log.indexOf('Created ', third) < 0 && log.indexOf('Overwrote', third) < 0
assert log.indexOf('All 7 files are up to date', third) > 0
return true
