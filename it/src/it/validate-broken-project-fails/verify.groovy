def log = new File(basedir, 'build.log').text
def G = 'force-app/main/default/extlClntAppGlobalOauthSets/Nango_App_glbloauth.ecaGlblOauth-meta.xml'
def O = 'force-app/main/default/extlClntAppOauthSettings/Nango_App_oauth.ecaOauth-meta.xml'
def E = 'force-app/main/default/externalClientApps/Nango_App.eca-meta.xml'
def P = 'force-app/main/default/extlClntAppOauthPolicies/Nango_App_oauthPlcy.ecaOauthPlcy-meta.xml'
def expected = [
    "[ERROR] ${G}:3:5: ERROR [ECA-CB-001] callback 'http://api.example.com/callback' uses http on a host that is not loopback; use https (plain http is allowed only for localhost, 127.0.0.0/8 and [::1])",
    "[ERROR] ${G}:4:5: ERROR [ECA-SEC-001] a <consumerSecret> is committed; remove it, rotate the secret, and keep it in a CI secret store",
    "[ERROR] ${E}:4:5: ERROR [ECA-XML-004] 'Packageable' is not a value of <distributionState>; did you mean 'Packaged'?",
    "[ERROR] ${O}:3:5: ERROR [ECA-SCOPE-001] 'api' is not an OAuth scope token; use Api",
    "[ERROR] ${O}:3:5: ERROR [ECA-SCOPE-001] 'refresh_token' is not an OAuth scope token; use RefreshToken",
    "[ERROR] ${O}:5:5: ERROR [ECA-XML-008] <callbackUrl> belongs in ExtlClntAppGlobalOauthSettings",
    "[ERROR] ${P}:6:5: ERROR [ECA-XML-004] 'AdminApproved' is not a value of <permittedUsersPolicyType>; did you mean 'AdminApprovedPreAuthorized'?",
    "[WARNING] ${P}:7:5: WARNING [ECA-SEC-004] refresh tokens are valid until revoked (Infinite)",
    "[ERROR] force-app/main/default/extlClntAppGlobalOauthSets/Other_glbloauth.ecaGlobalOauth-meta.xml:1: ERROR [ECA-FILE-001] '.ecaGlobalOauth' is not an External Client App suffix, so sf ignores this file; did you mean 'ecaGlblOauth'?",
]
expected.each { assert log.contains(it.toString()) : "missing: ${it}" }
assert !log.contains('not-a-real-secret')
assert log.contains('eca:validate: found 8 new finding(s) at error or above')
assert log.contains('BUILD FAILURE')
return true
