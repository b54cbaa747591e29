import io.github.ecamaven.eca.it.standin.ItOrg

// A stand-in Dev Hub with the project's namespace, logged in as 'it-pc-alias-hub'.
ItOrg.start(basedir, [alias: 'it-pc-alias-hub', sfExecutable: sfExecutable, namespacePrefix: 'nangons'])
return true
