/**
 * The oracle: Microsoft's own botframework-connector (Node-only, test dependency) validating the
 * very same signed requests, pointed at the local stand-in login service.
 */
import { vi } from 'vitest'
import {
  AuthenticationConfiguration,
  BotFrameworkAuthenticationFactory,
  ServiceClientCredentialsFactory,
  type ServiceClientCredentials,
} from 'botframework-connector'
import type { Activity } from 'botframework-schema'
import { BF_ISSUER } from './fake-microsoft.js'

class TestCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(private readonly appId: string) {
    super()
  }
  override async isValidAppId(appId: string) {
    return appId === this.appId
  }
  override async isAuthenticationDisabled() {
    return false
  }
  // Never called for inbound validation; MSAL-based factories would need an https authority.
  override async createCredentials(): Promise<ServiceClientCredentials> {
    return { signRequest: async (r) => r } as ServiceClientCredentials
  }
}

export function createOracle(o: { appId: string; openIdMetadataUrl: string; loginUrl: string }) {
  const auth = BotFrameworkAuthenticationFactory.create(
    '', // public cloud
    false,
    o.loginUrl,
    'https://api.botframework.com',
    BF_ISSUER,
    '',
    o.openIdMetadataUrl,
    o.openIdMetadataUrl,
    '',
    new TestCredentialsFactory(o.appId),
    new AuthenticationConfiguration(),
  )
  /** 'accept' or 'reject', as botframework-connector decides. */
  return async function verdict(activity: Partial<Activity>, authorization: string | undefined): Promise<'accept' | 'reject'> {
    // The SDK prints the PEM and the error with console.error on every rejection.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      await auth.authenticateRequest(activity as Activity, authorization ?? '')
      return 'accept'
    } catch {
      return 'reject'
    } finally {
      quiet.mockRestore()
    }
  }
}
