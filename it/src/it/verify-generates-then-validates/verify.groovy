def log = new File(basedir, 'build.log').text
// build.log holds both invocations; the second starts at the second "Building " header
def second = log.indexOf('Building verify-generates-then-validates', log.indexOf('Building verify-generates-then-validates') + 1)
assert second > 0 : 'two invocations expected in build.log'
def first = log.substring(0, second)
def broken = log.substring(second)

// 1. fresh clone: generate ran before validate, created force-app/, and validate linted the 7 files it wrote
def gen = first.indexOf(':generate (default)')
def val = first.indexOf(':validate (default)')
assert gen >= 0 && val >= 0 : 'both goals must run in verify'
assert gen < val : 'eca:generate must run before eca:validate'
assert first.indexOf('Created force-app/main/default/extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml') in (gen..<val)
assert first.contains('in 7 file(s)') : 'validate must lint what generate just wrote'
assert !first.contains('ECA-PROJ-003')
assert first.contains('BUILD SUCCESS')

// 2. the POM now says <pkceRequired>false</pkceRequired>: the same build writes it and fails on it
assert new File(basedir, 'force-app/main/default/extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml')
        .text.contains('<isPkceRequired>false</isPkceRequired>')
assert broken.contains('ECA-OAUTH-001') : 'the PKCE rule must fire in the build that made the change'
assert broken.contains('BUILD FAILURE')
return true
