import io.github.ecamaven.eca.it.standin.ItOrg

ItOrg.start(basedir, [alias: 'it-deploy-fail', sfExecutable: sfExecutable,
                      deployFailures: ['Nango_Integration_glbloauth': 'Callback URL must use https']])
return true
