def log = new File(basedir, 'build.log').text
def has = { String s -> assert log.contains(s) : "build.log lacks: $s" }
def lacks = { String s -> assert !log.contains(s) : "build.log should not contain: $s" }
has('7 configuration problems, nothing was written:')
has("<app> Nango Integration: <name>: 'Nango Integration' is not a valid API name")
has('did you mean Nango_Integration?')
has("<scopes><scope>: unknown scope 'apii'; did you mean Api?")
has("<callbackUrls><callbackUrl>: 'http://api.example.com/oauth/callback' uses http on a host that is not loopback; use https (plain http is allowed only for localhost, 127.0.0.0/8 and [::1]) (eca:validate ECA-CB-001)")
has('<consumerSecret>: a consumer secret never goes into the POM')
lacks('never-echoed-secret')
has('<namespace> (eca.namespace): a Packaged app goes into a 2GP managed package')
has('<app> Ci_Missing_Cert: <certificateFile>: certificate file')
has('missing.crt does not exist')
has('<app> Ci_Not_Pem: <certificateFile>:')
has('is not a PEM certificate')
assert !new File(basedir, 'force-app').exists()
assert !new File(basedir, 'sfdx-project.json').exists()
assert !new File(basedir, 'manifest').exists()
return true
