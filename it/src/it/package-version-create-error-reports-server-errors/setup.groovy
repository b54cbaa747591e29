import io.github.ecamaven.eca.it.standin.ItOrg

// A stand-in Dev Hub logged in as 'it-pvc-error-hub' whose version builds end in Error with two messages. Queued for the
// first 2 status queries (sf's 'version create --wait 0'), so the Error is seen by the goal's own polling: the path
// where sf's --wait would lose the request id.
ItOrg.start(basedir, [alias: 'it-pvc-error-hub', sfExecutable: sfExecutable, namespacePrefix: 'nangons', packages: ['Nango External App'],
                      scenario: 'version-create-error', versionCreatePolls: 2,
                      versionCreateErrors: ['ExtlClntAppGlobalOauthSettings cannot be packaged', 'Something else']])
return true
