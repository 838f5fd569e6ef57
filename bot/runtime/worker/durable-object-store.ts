/**
 * ConversationStore on Durable Objects: the Workers twin of MemoryStore. The service and the
 * engine see the same three calls and do not know which store they run on.
 */
import type { Session } from '../../core/types.js'
import type { ConversationStore } from '../../store/conversation-store.js'
import type { ConversationObject } from './conversation-object.js'

export interface DurableObjectStoreOptions {
  /** Idle time after which a conversation is deleted by its alarm. */
  ttlMs: number
  /**
   * Keep conversation objects inside this jurisdiction ('eu': created, run and stored in the EU
   * only). Leave undefined for no restriction.
   */
  jurisdiction?: DurableObjectJurisdiction
}

export class DurableObjectStore implements ConversationStore {
  private readonly ns: DurableObjectNamespace<ConversationObject>

  constructor(
    namespace: DurableObjectNamespace<ConversationObject>,
    private readonly options: DurableObjectStoreOptions,
  ) {
    this.ns = options.jurisdiction ? namespace.jurisdiction(options.jurisdiction) : namespace
  }

  /** The object of one conversation; exported logic so tests reach the very same object. */
  stub(conversationId: string): DurableObjectStub<ConversationObject> {
    return this.ns.get(this.ns.idFromName(conversationId))
  }

  async get(id: string): Promise<Session | undefined> {
    // Reading an id that never existed creates nothing: a DO only persists what is written.
    return (await this.stub(id).load()) as Session | undefined
  }

  async set(session: Session): Promise<void> {
    await this.stub(session.id).save(session, this.options.ttlMs)
  }

  async delete(id: string): Promise<void> {
    await this.stub(id).clear()
  }
}
