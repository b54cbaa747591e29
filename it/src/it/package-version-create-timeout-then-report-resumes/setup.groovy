import io.github.ecamaven.eca.it.standin.ItOrg

// A stand-in Dev Hub logged in as 'it-pvc-timeout-hub'. The version build answers Queued to its first 3 status queries
// and Success from the 4th on. Invocation 2 makes exactly 3: the two reads of sf's 'version create --wait 0' and
// the goal's one report after 2 s, at the end of eca.wait=PT2S; so it times out, and invocation 3's report (the 4th
// query) sees the build done.
ItOrg.start(basedir, [alias: 'it-pvc-timeout-hub', sfExecutable: sfExecutable, namespacePrefix: 'nangons', packages: ['Nango External App'],
                      versionCreate: 'SUCCESS', versionCreatePolls: 3])
return true
