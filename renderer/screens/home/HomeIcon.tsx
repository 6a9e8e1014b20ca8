/**
 * The home tiles' icons: small inline SVGs of our own (no icon font, nothing from the network), drawn with the
 * tile's text colour so they follow both contrast themes. Decorative: the tile's text names the function.
 */
export type HomeIconName =
  | 'search'
  | 'account'
  | 'form-check'
  | 'form-new'
  | 'office'
  | 'hospital'
  | 'employer'
  | 'payment'
  | 'help'
  | 'feedback'
  | 'news'
  | 'phone'
  | 'ticket';

const PATHS: Readonly<Record<HomeIconName, readonly string[]>> = {
  search: [
    'M10.5 3a7.5 7.5 0 1 0 4.7 13.35l4.72 4.72 1.41-1.41-4.72-4.72A7.5 7.5 0 0 0 10.5 3zm0 2a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11z',
  ],
  account: [
    'M12 3a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zm0 2a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z',
    'M4 20c0-3.9 3.6-6 8-6s8 2.1 8 6v1H4v-1zm2.1-1h11.8c-.5-2-2.8-3-5.9-3s-5.4 1-5.9 3z',
  ],
  'form-check': ['M6 2h9l5 5v8h-2V8h-4V4H6v16h7v2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z', 'M14.3 19.3l1.4-1.4 1.8 1.8 3.8-3.8 1.4 1.4-5.2 5.2z'],
  'form-new': ['M6 2h9l5 5v6h-2V8h-4V4H6v16h6v2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z', 'M17 15h2v3h3v2h-3v3h-2v-3h-3v-2h3z'],
  office: ['M12 2l10 5v2H2V7l10-5zm0 2.2L6.2 7h11.6L12 4.2z', 'M4 10h2v8H4zm5 0h2v8H9zm4 0h2v8h-2zm5 0h2v8h-2zM2 19h20v3H2z'],
  hospital: ['M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm0 2v14h14V5H5z', 'M11 7h2v4h4v2h-4v4h-2v-4H7v-2h4z'],
  employer: [
    'M9 3h6a2 2 0 0 1 2 2v2h3a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2h3V5a2 2 0 0 1 2-2zm0 2v2h6V5H9zM4 9v10h16V9H4z',
  ],
  payment: ['M3 5h18a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zm0 2v2h18V7H3zm0 5v5h18v-5H3z', 'M5 14h5v2H5z'],
  help: [
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16z',
    'M12 6a3.5 3.5 0 0 0-3.5 3.5h2A1.5 1.5 0 1 1 12 11c-.6 0-1 .4-1 1v2h2v-1.2A3.5 3.5 0 0 0 12 6zm-1 10h2v2h-2z',
  ],
  feedback: ['M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 2-2zm0 2v12.9L7.3 16H20V5H4z', 'M7 8h10v2H7zm0 4h7v2H7z'],
  news: [
    'M4 4h13v2H6v12a1 1 0 0 0 2 0V8h14v10a3 3 0 0 1-3 3H7a3 3 0 0 1-3-3V4zm6 6v8c0 .4-.1.7-.2 1H19a1 1 0 0 0 1-1v-8H10z',
    'M12 12h6v2h-6zm0 3h6v2h-6z',
  ],
  ticket: [
    'M3 6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v3a3 3 0 0 0 0 6v3a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-3a3 3 0 0 0 0-6V6zm2 0v1.6a5 5 0 0 1 0 8.8V18h14v-1.6a5 5 0 0 1 0-8.8V6H5z',
    'M9 8h6v2H9zm0 3h6v2H9zm0 3h4v2H9z',
  ],
  phone: ['M6.6 2.5l3 .6 1.2 4.5-2.1 1.6a12 12 0 0 0 6.1 6.1l1.6-2.1 4.5 1.2.6 3a2 2 0 0 1-2 2.4A17 17 0 0 1 4.1 4.5a2 2 0 0 1 2.5-2z'],
};

export function HomeIcon({ name, className }: { readonly name: HomeIconName; readonly className?: string | undefined }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[name].map((d) => (
        <path key={d} d={d} fill="currentColor" fillRule="evenodd" />
      ))}
    </svg>
  );
}
