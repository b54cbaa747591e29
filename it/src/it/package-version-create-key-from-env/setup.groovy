import io.github.ecamaven.eca.it.standin.ItOrg

// A stand-in Dev Hub logged in as 'it-pvc-key-env-hub'; version builds succeed at once (default scenario).
ItOrg.start(basedir, [alias: 'it-pvc-key-env-hub', sfExecutable: sfExecutable, namespacePrefix: 'nangons', packages: ['Nango External App']])
return true
