def log = new File(basedir, 'build.log').text
def has = { String s -> assert log.contains(s) : "build.log lacks: $s" }
def lacks = { String s -> assert !log.contains(s) : "build.log should not contain: $s" }
def d = new File(basedir, 'force-app/main/default')
def oauth = new File(d, 'extlClntAppOauthSettings/Nango_Integration_oauth.ecaOauth-meta.xml').text
assert oauth.contains('<oauthLink>00D000000000001:888000000000001</oauthLink>')
assert oauth.contains('<!-- shares the Dev Hub\'s consumer -->')
def header = new File(d, 'externalClientApps/Nango_Integration.eca-meta.xml').text
assert header.contains('<orgScopedExternalApp>00D000000000001:Nango_Integration</orgScopedExternalApp>')
def global = new File(d, 'extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml').text
assert global.contains('<certificate>MIIBretrievedFromTheOrg</certificate>')
assert global.contains('<consumerKey>3MVG9retrievedKey</consumerKey>')
assert global.contains('<isPkceRequired>true</isPkceRequired>') : 'the hand edit of a managed field is overwritten'
has("Overwrote force-app/main/default/extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth-meta.xml: isPkceRequired 'false' -> 'true' (managed by <preset>nango</preset>)")
assert !log.contains('Updated force-app/main/default/extlClntAppOauthSettings') : 'an unchanged file is not rewritten'
assert !log.contains('3MVG9retrievedKey') : 'the consumer key is never logged'
return true
