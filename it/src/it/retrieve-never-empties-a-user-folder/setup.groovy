import io.github.ecamaven.eca.it.standin.ItOrg

// The org holds the app as in org-src/.
ItOrg.start(basedir, [alias: 'it-retrieve-user-folder', sfExecutable: sfExecutable,
                      sourceDir: new File(basedir, 'org-src/force-app').path])
return true
