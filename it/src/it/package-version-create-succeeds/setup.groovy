import io.github.ecamaven.eca.it.standin.ItOrg

// A stand-in Dev Hub logged in as 'it-pvc-ok-hub'. The version build answers Queued to the first 3 status queries
// (the two reads of sf's 'version create --wait 0', then the goal's first report) and Success from the 4th on, so
// the goal prints a progress line while the build is queued and one when it is done.
ItOrg.start(basedir, [alias: 'it-pvc-ok-hub', sfExecutable: sfExecutable, namespacePrefix: 'nangons', packages: ['Nango External App'],
                      versionCreate: 'SUCCESS', versionCreatePolls: 3])
return true
