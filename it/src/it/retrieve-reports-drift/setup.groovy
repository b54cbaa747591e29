import io.github.ecamaven.eca.it.standin.ItOrg

// The org holds the app as in org-src/: isPkceRequired false, refresh token SpecificInactivity 30 Days, plus the
// consumerKey and oauthLink every org adds on its own (which must not count as drift).
ItOrg.start(basedir, [alias: 'it-retrieve-drift', sfExecutable: sfExecutable,
                      sourceDir: new File(basedir, 'org-src/force-app').path])
return true
