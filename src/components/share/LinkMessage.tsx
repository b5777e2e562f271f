/** Why a share link could not be read in full, shown above the widget (useUrlState's `linkMessage`). */
export function LinkMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="fpg-error" role="alert">
      {message}
    </p>
  );
}
