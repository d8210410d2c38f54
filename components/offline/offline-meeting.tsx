"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { idleState, type ActionState } from "@/lib/action-state";
import { sendingOrder, syncFields, syncResult, type NewOfflineWrite, type OfflineWrite } from "@/lib/offline/queue";
import { addWrite, deleteWrite, meetingWrites, putWrite } from "@/lib/offline/store";
import { keepMeetingOnDevice } from "@/lib/offline/service-worker";
import { useOnline } from "./use-online";

type SyncAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type OfflineMeetingContext = {
  meetingId: number;
  userId: number;
  online: boolean;
  writes: OfflineWrite[];
  /** Keeps a write on the device and answers the form with "Venter på net". */
  keep: (write: Omit<NewOfflineWrite, "userId" | "meetingId">) => Promise<ActionState>;
  /** After a conflict: keep the registered decision (mine stays shown until dismissed) or replace it with mine. */
  choose: (id: number, choice: "keep-theirs" | "replace") => void;
  /** Sends a refused write again. */
  retry: (id: number) => void;
  /** Removes a write from the device and the screen (only offered once the user has seen and chosen). */
  dismiss: (id: number) => void;
  /** Refreshes the meeting kept on the device after something was saved online. */
  refreshKept: () => void;
};

const Context = createContext<OfflineMeetingContext | null>(null);

/** The offline queue of the meeting mode around it, or null outside meeting mode. */
export function useOfflineMeeting(): OfflineMeetingContext | null {
  return useContext(Context);
}

export const keptOfflineMessage = "Uden net: gemt på enheden. Det sendes, når der er net igen.";
const retryEveryMs = 20_000;

/**
 * Meeting mode's offline side: keeps the meeting on the device (service worker), keeps what the user writes
 * without a connection (IndexedDB), and sends it in order when the connection returns — on the online event, on
 * page load, and every 20 seconds while something waits. Each answer is shown on the item's slide.
 */
export function OfflineMeeting({
  meetingId,
  userId,
  sync,
  children,
}: {
  meetingId: number;
  userId: number;
  sync: SyncAction;
  children: (status: { online: boolean; ready: boolean }) => React.ReactNode;
}) {
  const router = useRouter();
  const online = useOnline();
  const [writes, setWrites] = useState<OfflineWrite[]>([]);
  const [ready, setReady] = useState(false);
  const sending = useRef(false);
  // The bound action is a new function on every server render; the sending loop must not restart for that.
  const syncRef = useRef(sync);
  useEffect(() => {
    syncRef.current = sync;
  }, [sync]);

  // Keeps the meeting on the device after load online, and refreshes the kept page after writes reached the
  // server, so that it shows what is decided now and a reload offline does not offer an item already decided.
  const keepPage = useCallback(
    (changed: boolean) => {
      if (!navigator.onLine) return;
      keepMeetingOnDevice(userId, changed)
        .then((kept) => setReady((was) => was || kept))
        .catch(() => undefined);
    },
    [userId],
  );
  const refreshKept = useCallback(() => keepPage(true), [keepPage]);

  const replace = useCallback((write: OfflineWrite) => setWrites((current) => current.map((other) => (other.id === write.id ? write : other))), []);

  const flush = useCallback(async () => {
    if (sending.current || !navigator.onLine) return;
    sending.current = true;
    let refresh = false;
    let saved = false;
    try {
      for (const write of sendingOrder(await meetingWrites(userId, meetingId))) {
        replace({ ...write, state: "sending" });
        const formData = new FormData();
        for (const [name, value] of syncFields(write)) formData.append(name, value);
        let answer: ActionState;
        try {
          answer = await syncRef.current(idleState, formData);
        } catch {
          // No connection after all: it stays pending, in order, for the next try.
          replace(write);
          break;
        }
        const result = syncResult(answer);
        if (result.state === "saved") {
          await deleteWrite(write.id);
          replace({ ...write, state: "saved", message: undefined });
          saved = true;
        } else {
          const next: OfflineWrite = { ...write, ...result };
          await putWrite(next);
          replace(next);
          refresh = true;
        }
      }
    } finally {
      sending.current = false;
    }
    if (refresh) router.refresh();
    if (saved) refreshKept();
  }, [meetingId, userId, replace, router, refreshKept]);

  // On load: show what this device still holds for the meeting, and send it if there is a connection.
  useEffect(() => {
    let live = true;
    meetingWrites(userId, meetingId)
      .then((kept) => {
        if (!live) return;
        // Writes confirmed in this session stay on screen (as Gemt) next to what the device still holds.
        setWrites((current) => [...current.filter((write) => write.state === "saved" && !kept.some((other) => other.id === write.id)), ...kept].sort((a, b) => a.id - b.id));
        void flush();
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [meetingId, userId, flush]);

  useEffect(() => {
    if (online) void flush();
  }, [online, flush]);

  const waiting = writes.some((write) => write.state === "pending");
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void flush(), retryEveryMs);
    return () => clearInterval(timer);
  }, [waiting, flush]);

  // Keep the meeting on the device once it has loaded online.
  useEffect(() => {
    keepPage(false);
  }, [keepPage]);

  const keep = useCallback<OfflineMeetingContext["keep"]>(
    async (write) => {
      const kept = await addWrite({ ...write, userId, meetingId });
      setWrites((current) => [...current, kept]);
      return { ok: true, message: keptOfflineMessage };
    },
    [userId, meetingId],
  );

  const value = useMemo<OfflineMeetingContext>(() => {
    const update = (id: number, change: (write: OfflineWrite) => OfflineWrite | null) => {
      const write = writes.find((candidate) => candidate.id === id);
      if (!write) return;
      const next = change(write);
      if (!next) {
        setWrites((current) => current.filter((other) => other.id !== id));
        if (write.state !== "saved") void deleteWrite(id);
        return;
      }
      replace(next);
      void putWrite(next).then(() => {
        if (next.state === "pending") void flush();
      });
    };
    return {
      meetingId,
      userId,
      online,
      writes,
      keep,
      choose: (id, choice) =>
        update(id, (write) => (choice === "replace" ? { ...write, kind: "replace", state: "pending", message: undefined } : { ...write, state: "kept" })),
      retry: (id) => update(id, (write) => ({ ...write, state: "pending", message: undefined })),
      dismiss: (id) => update(id, () => null),
      refreshKept,
    };
  }, [meetingId, userId, online, writes, keep, replace, flush, refreshKept]);

  return <Context.Provider value={value}>{children({ online, ready })}</Context.Provider>;
}
