import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyDiary, joinOwnSymptoms, mergeDiaries, type Diary, type OwnSymptom } from '../../engine/index.js';
import { DiaryStore, listenToOtherTabs, StorageRefused } from './diary-store.js';
import type { Keeping } from './keeping-panel.js';

/** What the keeping needs of the diary on screen. */
export interface ShownDiary {
  /** The diary as shown now. */
  diary(): Diary;
  /** Shows this diary instead: what the device holds, or what is on screen joined with it. */
  show(diary: Diary): void;
  /** The symptoms listed now (built-in, the profile's, the person's own), to join own symptoms by name. */
  listedSymptoms(): readonly Pick<OwnSymptom, 'id' | 'name'>[];
  locale(): string;
  /** False while the widget is pre-rendered for a snippet: nothing on the device is read then. */
  mayReadDevice(): boolean;
}

/**
 * Where the diary is kept, and the connection to it: nothing is kept until the person
 * chooses, then every change is written to the device (IndexedDB, this website only). It
 * follows what other tabs do (one keeps it, one deletes it) and what the browser does
 * (site data cleared): the widget always says truly where the diary is.
 */
export class DiaryKeeping implements ReactiveController {
  keeping: Keeping = { state: 'checking' };
  /** "Delete from this device" was pressed; the person has not yet confirmed. */
  confirmingDelete = false;

  private store?: DiaryStore;
  private stopListening?: () => void;
  /** Entries recorded here that the device does not hold yet: being written, or refused by a full disk. */
  private notYetKept: Diary = emptyDiary();
  /** Entries deleted here whose removal is being written. */
  private readonly beingRemoved = new Set<string>();
  /** Writes begun, and the last one that failed: which failure a later success clears. */
  private writes = 0;
  private lastFailed = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly shown: ShownDiary,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.shown.mayReadDevice()) return;
    this.stopListening = listenToOtherTabs((message) => void this.onOtherTab(message));
    void this.findKept();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.letGo();
  }

  askToDelete(ask: boolean): void {
    this.confirmingDelete = ask;
    this.host.requestUpdate();
  }

  /**
   * Writes new entries to the kept diary, if it is kept. Until the device holds them they
   * stay on screen whatever is read back (see `onOtherTab`). A failure (a full disk) leaves
   * the diary kept, as it is: the entries written before are still on the device, so the
   * person is told that this change was not kept, and can still delete the rest.
   */
  async keepEntries(entries: Partial<Diary>): Promise<void> {
    const added = { ...emptyDiary(), ...entries };
    this.notYetKept = mergeDiaries(this.notYetKept, added);
    const kept = await this.write((store) => store.put(entries));
    if (kept) this.notYetKept = withoutEntriesOf(this.notYetKept, added);
  }

  /** Deletes an entry from the kept diary; a copy read meanwhile does not bring it back. */
  async removeEntry(kind: 'injections' | 'checkIns', id: string): Promise<void> {
    this.notYetKept = { ...this.notYetKept, [kind]: this.notYetKept[kind].filter((entry) => entry.id !== id) };
    this.beingRemoved.add(id);
    await this.write((store) => store.remove(kind, id));
    this.beingRemoved.delete(id);
  }

  /**
   * Writes one change; true when the device holds it. A failure is said until a change
   * begun after it is kept: an earlier write that ends late does not clear it.
   */
  private async write(change: (store: DiaryStore) => Promise<void>): Promise<boolean> {
    const store = this.store;
    if (!store) return false;
    const number = ++this.writes;
    try {
      await change(store);
      if (this.keeping.state === 'kept' && this.keeping.failed && number > this.lastFailed) this.set({ state: 'kept' });
      return true;
    } catch (error) {
      if (store !== this.store) return false;
      this.lastFailed = number;
      this.set({ state: 'kept', failed: error instanceof StorageRefused ? error.reason : 'refused' });
      return false;
    }
  }

  /** Keeps the diary on this device from now on. True when it is. */
  async keep(): Promise<boolean> {
    try {
      return await this.use(await DiaryStore.create());
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  /** Deletes the kept diary from the device; the widget starts an empty diary in memory. True when it is gone. */
  async deleteKept(): Promise<boolean> {
    this.letGo();
    this.confirmingDelete = false;
    try {
      await DiaryStore.deleteKept();
      this.shown.show(emptyDiary());
      this.set({ state: 'memory' });
      return true;
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  private async findKept(): Promise<void> {
    const store = await DiaryStore.findKept();
    if (!this.host.isConnected) return store?.close();
    if (store) await this.use(store);
    else if (this.keeping.state === 'checking') this.set({ state: 'memory' });
  }

  /** From now on the diary is kept in `store`: what is only in memory joins what it holds. True when it is. */
  private async use(store: DiaryStore): Promise<boolean> {
    this.letGo();
    this.store = store;
    store.onDeleted = () => this.lost(store);
    try {
      // What was typed here before joins what the device kept: an own symptom named like
      // one kept there (added in another visit) becomes that one, not a second question.
      const kept = await store.read();
      const locale = this.shown.locale();
      const ownHere = new Set(this.shown.diary().ownSymptoms.map((symptom) => symptom.id));
      const listed = [...this.shown.listedSymptoms().filter((symptom) => !ownHere.has(symptom.id)), ...kept.ownSymptoms];
      await store.put(joinOwnSymptoms(this.shown.diary(), listed, locale));
      // Again after the wait: an entry recorded meanwhile stays on screen.
      this.shown.show(mergeDiaries(kept, joinOwnSymptoms(this.shown.diary(), listed, locale)));
      this.set({ state: 'kept' });
      return true;
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  /**
   * The kept diary was deleted from outside the widget (the page, the browser's settings):
   * nothing is kept any more, and the widget says so. What is on screen stays, in memory.
   */
  private lost(store: DiaryStore): void {
    if (store !== this.store) return;
    this.letGo();
    this.confirmingDelete = false;
    this.set({ state: 'memory' });
  }

  private async onOtherTab(message: 'changed' | 'deleted'): Promise<void> {
    if (message === 'deleted') {
      if (this.keeping.state !== 'kept') return;
      this.letGo();
      this.shown.show(emptyDiary());
      this.set({ state: 'memory' });
      return;
    }
    if (this.store) {
      // Another tab wrote, or this one's own write is told back. What this tab recorded and
      // the device does not hold yet stays on screen; what it deleted does not come back.
      const kept = await this.store.read().catch(() => undefined);
      if (kept) this.shown.show(mergeDiaries(withoutIds(kept, this.beingRemoved), this.notYetKept));
    } else if (this.keeping.state !== 'refused') {
      // The person chose to keep their diary on this device in another tab: this tab joins it.
      const store = await DiaryStore.findKept();
      if (store) await this.use(store);
    }
  }

  /** Closes the connection to the kept diary, so that nothing holds it open (deleting it waits for that). */
  private letGo(): void {
    this.store?.close();
    this.store = undefined;
    this.notYetKept = emptyDiary();
  }

  private failed(error: unknown): void {
    this.letGo();
    this.set({ state: 'refused', reason: error instanceof StorageRefused ? error.reason : 'refused' });
  }

  private set(keeping: Keeping): void {
    this.keeping = keeping;
    this.host.requestUpdate();
  }
}

/** The diary without the entries (and own symptoms) of `written`. */
function withoutEntriesOf(diary: Diary, written: Diary): Diary {
  return withoutIds(diary, new Set([...written.injections, ...written.checkIns, ...written.ownSymptoms].map((entry) => entry.id)));
}

function withoutIds(diary: Diary, ids: ReadonlySet<string>): Diary {
  if (ids.size === 0) return diary;
  return {
    ...diary,
    injections: diary.injections.filter((entry) => !ids.has(entry.id)),
    checkIns: diary.checkIns.filter((entry) => !ids.has(entry.id)),
    ownSymptoms: diary.ownSymptoms.filter((symptom) => !ids.has(symptom.id)),
  };
}
