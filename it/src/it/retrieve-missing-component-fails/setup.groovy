import io.github.ecamaven.eca.it.standin.ItOrg

// The org has only the app header: every satellite the repository declares is missing there.
ItOrg.start(basedir, [alias: 'it-retrieve-missing', sfExecutable: sfExecutable,
                      sourceDir: new File(basedir, 'org-src/force-app').path])
return true
