import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

ItOrg.start(basedir, [alias: 'it-creds-errors', sfExecutable: sfExecutable])
ItCredentials.apps(basedir, [
        [name: 'Nango_Integration', key: '3MVG9ERRORSKEY', secret: 'PLANTEDSECRET0815ERRORS'],
        [name: 'Blocked_Setting', key: '3MVG9SETTINGKEY', secret: 'PLANTEDSECRET0815SETTING', secretAccess: 'SETTING_OFF'],
        [name: 'Blocked_Permission', key: '3MVG9PERMKEY', secret: 'PLANTEDSECRET0815PERM', secretAccess: 'NO_PERMISSION'],
        [name: 'Packaged_App', key: '3MVG9PKGKEY', secret: 'PLANTEDSECRET0815PKG']])
ItCredentials.nango(basedir, [
        keys: ['2a7d1c0e-5b3f-4e6a-8d9c-0b1a2f3e4d5c': 'full',
               '3b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d': ['environment:integrations:create'],
               '4c5d6e7f-8091-4b2c-ad3e-4f5a6b7c8d9e': ['environment:integrations:read', 'environment:integrations:update']],
        integrations: [[unique_key: 'salesforce-it', client_id: '3MVG9ERRORSKEY', client_secret: 'PLANTEDSECRET0815ERRORS',
                        scopes: 'api,refresh_token']]])
return true
