import { create } from 'zustand';

/** Short-lived notices ("Deleted Acme — Undo"), rendered once by the app shell. */
export interface Notice {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  tone?: 'info' | 'error';
}

interface NoticeState {
  notices: Notice[];
  showNotice: (notice: Omit<Notice, 'id'>) => number;
  dismissNotice: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  showNotice: (notice) => {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices.slice(-2), { ...notice, id }] }));
    return id;
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const showNotice = (notice: Omit<Notice, 'id'>) =>
  useNoticeStore.getState().showNotice(notice);
