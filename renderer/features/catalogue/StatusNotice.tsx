const notices: Record<string, string> = {
  historical: 'Historical: the sources describe this as a past offering. It may no longer run.',
  'in-development': 'In development: named as under development; no published course was found.',
  unverified: 'Unverified: these facts come from a single or partial source and could not be confirmed.',
};

export function StatusNotice({ status }: { status: string }) {
  const text = notices[status];
  if (!text) return null;
  return (
    <p className={`notice notice--${status}`} role="note">
      {text}
    </p>
  );
}
