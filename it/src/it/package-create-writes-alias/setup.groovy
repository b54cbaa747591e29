import io.github.ecamaven.eca.it.standin.ItOrg

// A stand-in Dev Hub with the project's namespace, logged in as 'my-dev-hub' (the alias of the public command line).
ItOrg.start(basedir, [alias: 'my-dev-hub', sfExecutable: sfExecutable, namespacePrefix: 'nangons'])
return true
