import io.github.ecamaven.eca.it.standin.ItOrg

// two orgs with different users: dev has the run-as user its map entry names, prod lacks its one
ItOrg.start(basedir, [alias: 'it-cc-dev', sfExecutable: sfExecutable, users: ['integration@acme.com.dev']])
ItOrg.start(basedir, [alias: 'it-cc-prod', sfExecutable: sfExecutable, users: ['someone.else@acme.com']])
return true
