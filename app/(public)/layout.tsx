export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#indhold" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-3">
        Gå til indhold
      </a>
      <header className="bg-brand-900 px-4 py-3 text-white">
        <span className="text-lg font-bold">Styrerum</span>
      </header>
      {children}
    </>
  );
}
