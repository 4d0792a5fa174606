const notices: Record<string, string> = {
  historical: 'Historical: the sources describe this as a past offering. It may no longer run.',
  'in-development': 'In development: named as under development; no published course was found.',
  unverified:
    'Unverified: no source found shows it offered in 2024 or later, or its facts come from a single or partial source. Check with the provider before you plan around it.',
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
