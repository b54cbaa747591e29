import io.github.ecamaven.eca.it.standin.ItOrg

ItOrg.start(basedir, [alias: 'it-deploy-ok', sfExecutable: sfExecutable])
return true
