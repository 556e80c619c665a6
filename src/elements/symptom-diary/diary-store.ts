import { emptyDiary, mergeDiaries, type Diary } from '../../engine/index.js';

/*
 * The diary on this device, only when the person has chosen to keep it there. Nothing in
 * this module writes anything until `DiaryStore.create()`, which only that choice calls:
 * finding a diary kept before opens the database only if the browser lists it.
 *
 * Each entry is its own record, so two tabs adding entries at once both keep theirs;
 * a message on a BroadcastChannel (same browser, same site, nothing sent anywhere) tells
 * the other tabs to read the diary again.
 */

const DATABASE = 'b12-symptom-diary';
const VERSION = 1;
const STORES = ['injections', 'checkIns', 'ownSymptoms'] as const satisfies readonly (keyof Diary)[];
/** A browser that never answers (some private modes) counts as refusing. */
const ANSWER_WITHIN_MS = 3000;

/** Why the diary cannot be kept: the browser has no storage here, or refused, or is full. */
export type StorageRefusal = 'unavailable' | 'refused' | 'full';

export class StorageRefused extends Error {
  constructor(readonly reason: StorageRefusal) {
    super(`The diary cannot be kept on this device (${reason}).`);
  }
}

/** What another tab did to the kept diary. */
export type StoreMessage = 'changed' | 'deleted';

export class DiaryStore {
  /** Called when the database is deleted from outside this widget (the page, the browser's settings). */
  onDeleted?: () => void;

  private constructor(private readonly database: IDBDatabase) {
    // Anyone deleting the diary needs this connection closed first; a new version of
    // null means it is being deleted, and this store no longer keeps anything.
    database.onversionchange = (event) => {
      database.close();
      if (event.newVersion === null) this.onDeleted?.();
    };
  }

  /** The diary kept on this device before, or undefined. Creates nothing. */
  static async findKept(): Promise<DiaryStore | undefined> {
    const factory = indexedDBOrUndefined();
    if (!factory) return undefined;
    try {
      if (typeof factory.databases === 'function') {
        const listed = await within(factory.databases());
        if (!listed.some((database) => database.name === DATABASE)) return undefined;
      }
      return new DiaryStore(await openDatabase(factory, false));
    } catch {
      return undefined;
    }
  }

  /** Keeps a diary on this device from now on. */
  static async create(): Promise<DiaryStore> {
    const factory = indexedDBOrUndefined();
    if (!factory) throw new StorageRefused('unavailable');
    return new DiaryStore(await openDatabase(factory, true));
  }

  /** Removes the kept diary from this device, whoever has it open. */
  static async deleteKept(): Promise<void> {
    const factory = indexedDBOrUndefined();
    if (!factory) return;
    await within(
      new Promise<void>((resolve, reject) => {
        const request = factory.deleteDatabase(DATABASE);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
    );
    tellOtherTabs('deleted');
  }

  async read(): Promise<Diary> {
    const transaction = this.database.transaction(STORES, 'readonly');
    const [injections, checkIns, ownSymptoms] = await Promise.all(STORES.map((store) => request(transaction.objectStore(store).getAll())));
    return mergeDiaries(emptyDiary(), { injections, checkIns, ownSymptoms } as Diary);
  }

  /** Adds or replaces these entries; the rest of the kept diary stays. */
  async put(entries: Partial<Diary>): Promise<void> {
    await this.write((transaction) => {
      for (const store of STORES) for (const entry of entries[store] ?? []) transaction.objectStore(store).put(entry);
    });
  }

  async remove(store: keyof Diary, id: string): Promise<void> {
    await this.write((transaction) => transaction.objectStore(store).delete(id));
  }

  close(): void {
    this.database.close();
  }

  private async write(change: (transaction: IDBTransaction) => void): Promise<void> {
    try {
      const transaction = this.database.transaction(STORES, 'readwrite');
      change(transaction);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = transaction.onabort = () => reject(transaction.error);
      });
    } catch (error) {
      throw new StorageRefused(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'refused');
    }
    tellOtherTabs('changed');
  }
}

/** Calls `listener` when another tab changes or deletes the kept diary. Returns a function that stops listening. */
export function listenToOtherTabs(listener: (message: StoreMessage) => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(DATABASE);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'changed' || event.data === 'deleted') listener(event.data);
  };
  return () => channel.close();
}

function tellOtherTabs(message: StoreMessage): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(DATABASE);
  channel.postMessage(message);
  channel.close();
}

function indexedDBOrUndefined(): IDBFactory | undefined {
  try {
    // Reading the property itself throws in some sandboxed frames.
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

function openDatabase(factory: IDBFactory, create: boolean): Promise<IDBDatabase> {
  return within(
    new Promise<IDBDatabase>((resolve, reject) => {
      let open: IDBOpenDBRequest;
      try {
        open = factory.open(DATABASE, VERSION);
      } catch {
        reject(new StorageRefused('refused'));
        return;
      }
      open.onupgradeneeded = (event) => {
        // Not creating: a database that was not there is not made (aborting leaves none).
        if (!create && event.oldVersion === 0) {
          open.transaction?.abort();
          return;
        }
        for (const store of STORES) if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store, { keyPath: 'id' });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new StorageRefused(open.error?.name === 'QuotaExceededError' ? 'full' : 'refused'));
      open.onblocked = () => reject(new StorageRefused('refused'));
    }),
  );
}

function request<T>(query: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    query.onsuccess = () => resolve(query.result);
    query.onerror = () => reject(query.error);
  });
}

function within<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageRefused('refused')), ANSWER_WITHIN_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof StorageRefused ? error : new StorageRefused('refused'))),
    );
  });
}
