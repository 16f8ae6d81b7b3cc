// Loopbaanbot on Azure: Azure Bot (Teams + Direct Line channels), the bot as a Container App,
// Azure Cache for Redis for conversation state, and a Key Vault holding every secret the app
// settings refer to. One resource group; deploy with
//
//   az deployment group create -g <group> -f deployment/azure/main.bicep \
//     -p @deployment/azure/main.parameters.example.json
//
// See deployment/README.md for the order of steps (image first, then this template).

targetScope = 'resourceGroup'

@description('Azure region for everything except the bot registration (which is global).')
param location string = resourceGroup().location

@description('Short lowercase prefix for resource names, e.g. "lbbot" or "lbbot-acc".')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Container image of the bot, e.g. myregistry.azurecr.io/loopbaanbot:1.4.0 (build with deployment/Dockerfile).')
param containerImage string

@description('Azure Container Registry in this resource group that holds the image; empty for a public registry.')
param registryName string = ''

@description('How the bot proves who it is to the Bot Framework. UserAssignedMSI needs no password.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s client id.')
param microsoftAppId string = ''

@description('SingleTenant only: the app registration\'s client secret (stored in Key Vault).')
@secure()
param microsoftAppPassword string = ''

@description('Azure Bot pricing tier: F0 (free, limited premium-channel messages) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Azure Cache for Redis tier. Standard has a replica and an SLA; Basic is for test environments.')
@allowed([
  'Basic'
  'Standard'
])
param redisSku string = 'Standard'

@description('Redis size (C0 = 250 MB ... C6). About 1 kB per conversation; C1 (1 GB) holds far more than needed.')
@minValue(0)
@maxValue(6)
param redisCapacity int = 1

@description('Bot processes per replica (WORKERS). About one per vCPU of `containerCpu`.')
@minValue(1)
@maxValue(8)
param workersPerReplica int = 1

@description('vCPU per replica, e.g. "0.5", "1.0", "2.0".')
param containerCpu string = '1.0'

@description('Memory per replica; Container Apps wants 2 GiB per vCPU, e.g. "2Gi" for 1.0.')
param containerMemory string = '2Gi'

@minValue(1)
param minReplicas int = 2

@minValue(1)
param maxReplicas int = 6

@description('Azure Direct Line base URL near the users (Europe for VDAB).')
param directLineEndpoint string = 'https://europe.directline.botframework.com/v3/directline'

@description('Bearer token for GET /api/staff/bookings (at least 16 characters); empty = that API is off.')
@secure()
param staffToken string = ''

@description('SMTP server for the centre e-mails, credentials in the URL (smtps://user:pass@host:465); empty = no e-mail.')
@secure()
param smtpUrl string = ''

@description('Sender of the centre e-mails.')
param bookingMailFrom string = 'Loopbaanbot <loopbaanbot@vdab.be>'

@description('JSON logs level.')
@allowed([
  'debug'
  'info'
  'warn'
  'error'
])
param logLevel string = 'info'

var suffix = uniqueString(resourceGroup().id, namePrefix)
var appName = '${namePrefix}-app'
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var acrPullRole = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var usesMsi = botAppType == 'UserAssignedMSI'

// --- Identity: pulls the image, reads Key Vault, and (UserAssignedMSI) is the bot's identity. ---

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id'
  location: location
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (!empty(registryName)) {
  name: empty(registryName) ? 'unused' : registryName
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(registryName)) {
  name: guid(resourceGroup().id, registryName, identity.id, acrPullRole)
  scope: registry
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRole)
  }
}

// --- Redis: conversation and user state, bookings, reminders (REDIS_URL). ---

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: '${namePrefix}-redis-${suffix}'
  location: location
  properties: {
    sku: {
      name: redisSku
      family: 'C'
      capacity: redisCapacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    redisConfiguration: {
      // Conversation state has a TTL (STATE_TTL_DAYS); under memory pressure evict those keys first.
      'maxmemory-policy': 'volatile-lru'
    }
  }
}

// --- Key Vault: every secret the app reads; the app settings only hold references. ---

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${namePrefix}-kv-${take(suffix, 8)}'
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
  }
}

resource redisUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'redis-url'
  properties: {
    value: 'rediss://:${redis.listKeys().primaryKey}@${redis.properties.hostName}:${redis.properties.sslPort}/0'
  }
}

resource directLineSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'directline-secret'
  properties: {
    value: bot::directLine.listChannelWithKeys().setting.sites[0].key
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!usesMsi) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

resource staffTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(staffToken)) {
  parent: vault
  name: 'staff-token'
  properties: {
    value: staffToken
  }
}

resource smtpUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpUrl)) {
  parent: vault
  name: 'smtp-url'
  properties: {
    value: smtpUrl
  }
}

// --- Container Apps environment and the bot. ---

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

// Known before the app exists, so the bot registration can point at it without a cycle.
var appFqdn = '${appName}.${environment.properties.defaultDomain}'

var keyVaultSecrets = concat(
  [
    { name: 'redis-url', keyVaultUrl: redisUrlSecret.properties.secretUri, identity: identity.id }
    { name: 'directline-secret', keyVaultUrl: directLineSecret.properties.secretUri, identity: identity.id }
  ],
  usesMsi ? [] : [{ name: 'microsoft-app-password', keyVaultUrl: appPasswordSecret.properties.secretUri, identity: identity.id }],
  empty(staffToken) ? [] : [{ name: 'staff-token', keyVaultUrl: staffTokenSecret.properties.secretUri, identity: identity.id }],
  empty(smtpUrl) ? [] : [{ name: 'smtp-url', keyVaultUrl: smtpUrlSecret.properties.secretUri, identity: identity.id }]
)

var appSettings = concat(
  [
    { name: 'PORT', value: '3978' }
    { name: 'HOST', value: '0.0.0.0' }
    { name: 'WORKERS', value: string(workersPerReplica) }
    { name: 'LOG_LEVEL', value: logLevel }
    { name: 'REDIS_URL', secretRef: 'redis-url' }
    { name: 'REDIS_KEY_PREFIX', value: 'loopbaanbot:' }
    { name: 'MicrosoftAppType', value: botAppType }
    { name: 'MicrosoftAppId', value: usesMsi ? identity.properties.clientId : microsoftAppId }
    { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
    // Web chat talks to Azure's Direct Line; the bot's built-in one stays off (several replicas).
    { name: 'DIRECTLINE_SECRET', secretRef: 'directline-secret' }
    { name: 'DIRECTLINE_ENDPOINT', value: directLineEndpoint }
    { name: 'DIRECTLINE_BUILTIN', value: 'off' }
    // Container Apps' ingress is one proxy hop in front of the app.
    { name: 'TRUST_PROXY_HOPS', value: '1' }
    { name: 'BOOKING_MAIL_FROM', value: bookingMailFrom }
  ],
  usesMsi ? [] : [{ name: 'MicrosoftAppPassword', secretRef: 'microsoft-app-password' }],
  empty(staffToken) ? [] : [{ name: 'STAFF_TOKEN', secretRef: 'staff-token' }],
  empty(smtpUrl) ? [] : [{ name: 'SMTP_URL', secretRef: 'smtp-url' }]
)

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 3978
        transport: 'auto'
        allowInsecure: false
      }
      secrets: keyVaultSecrets
      registries: empty(registryName) ? [] : [
        {
          server: registry.properties.loginServer
          identity: identity.id
        }
      ]
    }
    template: {
      // src/main.ts drains running turns on SIGTERM; give it the time before the kill.
      terminationGracePeriodSeconds: 35
      containers: [
        {
          name: 'bot'
          image: containerImage
          resources: {
            cpu: json(containerCpu)
            memory: containerMemory
          }
          env: appSettings
          probes: [
            {
              type: 'Startup'
              httpGet: { path: '/healthz', port: 3978 }
              periodSeconds: 2
              failureThreshold: 30
            }
            {
              type: 'Liveness'
              httpGet: { path: '/healthz', port: 3978 }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: { path: '/readyz', port: 3978 }
              periodSeconds: 10
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: '50'
              }
            }
          }
        ]
      }
    }
  }
  dependsOn: [
    vaultReader
    acrPull
  ]
}

// --- Azure Bot: the registration the channels call, with Teams and Direct Line. ---

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Loopbaanbot'
    endpoint: 'https://${appFqdn}/api/messages'
    msaAppType: botAppType
    msaAppId: usesMsi ? identity.properties.clientId : microsoftAppId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: usesMsi ? identity.id : null
  }

  resource teams 'channels' = {
    name: 'MsTeamsChannel'
    location: 'global'
    properties: {
      channelName: 'MsTeamsChannel'
      properties: {
        isEnabled: true
      }
    }
  }

  resource directLine 'channels' = {
    name: 'DirectLineChannel'
    location: 'global'
    properties: {
      channelName: 'DirectLineChannel'
      properties: {
        sites: [
          {
            siteName: 'Web chat'
            isEnabled: true
            isV1Enabled: false
            isV3Enabled: true
          }
        ]
      }
    }
  }
}

output appUrl string = 'https://${app.properties.configuration.ingress.fqdn}'
output messagingEndpoint string = bot.properties.endpoint
output botName string = bot.name
output keyVaultName string = vault.name
output identityClientId string = identity.properties.clientId
