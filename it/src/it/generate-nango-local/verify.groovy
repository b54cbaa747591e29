def log = new File(basedir, 'build.log').text
def has = { String s -> assert log.contains(s) : "build.log lacks: $s" }
def lacks = { String s -> assert !log.contains(s) : "build.log should not contain: $s" }
def d = 'force-app/main/default/'
def files = [d + 'externalClientApps/Nango_Integration.eca-meta.xml',
             d + 'extlClntAppOauthSettings/Nango_Integration_oauth.ecaOauth-meta.xml',
             d + 'extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml',
             d + 'extlClntAppOauthPolicies/Nango_Integration_oauthPlcy.ecaOauthPlcy-meta.xml',
             d + 'extlClntAppPolicies/Nango_Integration_plcy.ecaPlcy-meta.xml',
             'manifest/package.xml', 'sfdx-project.json']
files.each { f ->
    assert new File(basedir, f).isFile() : "missing $f"
    assert log.contains('Created ' + f) : "first run did not report $f"
}
def global = new File(basedir, files[2]).text
assert global.contains('<callbackUrl>https://api.nango.dev/oauth/callback</callbackUrl>')
assert global.contains('<isCodeCredFlowEnabled>true</isCodeCredFlowEnabled>')
assert global.contains('<isConsumerSecretOptional>false</isConsumerSecretOptional>')
assert global.contains('<isSecretRequiredForRefreshToken>true</isSecretRequiredForRefreshToken>')
assert global.contains('<isPkceRequired>true</isPkceRequired>')
assert !global.contains('consumerSecret')
assert new File(basedir, files[1]).text.contains('<commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>')
assert new File(basedir, files[3]).text.contains('<refreshTokenPolicyType>Infinite</refreshTokenPolicyType>')
assert new File(basedir, files[0]).text.contains('<label>Nango Integration</label>')
assert !new File(basedir, files[1]).text.contains('oauthLink')
assert new File(basedir, 'manifest/package.xml').text.contains('<version>66.0</version>')
assert new File(basedir, 'sfdx-project.json').text.contains('"sourceApiVersion": "66.0"')
// the second run: nothing written, said so
has('Wrote 7 of 7 files; 0 up to date')
has('All 7 files are up to date')
assert log.count('Created ') == 7 : 'the second run must not write again'
return true
