import type { GetDataType, GetReturnType, MaybePromise } from '@webext-core/messaging';
import type { ProtocolMap } from '../../messaging/protocol';
import type { SenderLike } from '../guards';

/** The messages the background answers (fillComposer goes the other way, to a tab). */
export type BackgroundMessage = Exclude<keyof ProtocolMap, 'fillComposer'>;

export type Handler<K extends BackgroundMessage> = (message: {
  data: GetDataType<ProtocolMap[K]>;
  sender: SenderLike;
}) => MaybePromise<GetReturnType<ProtocolMap[K]>>;

/** One domain's handlers, by message type. registerHandlers registers every table's entries. */
export type HandlerTable = { [K in BackgroundMessage]?: Handler<K> };

export const ok = { ok: true as const };

export const newId = () => crypto.randomUUID();
