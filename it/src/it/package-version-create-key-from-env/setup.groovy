import io.github.ecamaven.eca.it.standin.ItOrg

// A stand-in Dev Hub logged in as 'my-dev-hub'; version builds succeed at once (default scenario).
ItOrg.start(basedir, [alias: 'my-dev-hub', sfExecutable: sfExecutable, sfHome: sfHome, namespacePrefix: 'nangons'])
return true
