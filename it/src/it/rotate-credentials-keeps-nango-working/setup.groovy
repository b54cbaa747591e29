import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

ItOrg.start(basedir, [alias: 'it-creds-rotate', sfExecutable: sfExecutable])
ItCredentials.apps(basedir, [
        [name: 'Nango_Integration', key: '3MVG9ROTATEOLDKEY', secret: 'PLANTEDSECRET2024OLD'],
        [name: 'Failing_Rotation', key: '3MVG9FAILINGKEY', secret: 'PLANTEDSECRET2024FAILING', failPromotions: 1]])
ItCredentials.nango(basedir, [
        keys: ['5d6e7f80-91a2-4c3d-be4f-5a6b7c8d9e0f': 'full'],
        integrations: [
                [unique_key: 'salesforce-it', client_id: '3MVG9ROTATEOLDKEY', client_secret: 'PLANTEDSECRET2024OLD',
                 scopes: 'api,refresh_token'],
                [unique_key: 'salesforce-failing', client_id: '3MVG9FAILINGKEY', client_secret: 'PLANTEDSECRET2024FAILING',
                 scopes: 'api,refresh_token']]])
return true
