import { useEffect, useState } from 'react';
import { getFragment, type FragmentId } from '../../lib/fragments';
import { getTemplate } from '../../lib/templates';
import { setSlotValue, type BuilderState } from '../../lib/builder/state';
import SelectField from '../fields/SelectField';
import TextField from '../fields/TextField';

interface Props {
  state: BuilderState;
  onChange: (state: BuilderState) => void;
}

/** The current template's slots: a text field or a list of catalogue fragments for each. */
export function SlotFields({ state, onChange }: Props) {
  const template = state.template ? getTemplate(state.template) : null;
  // Text the reader typed that is not (yet) a valid value, shown in place of the state's value.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setDrafts({});
    setErrors({});
  }, [state.template]);
  if (!template) return null;

  const update = (name: string, value: string) => {
    try {
      onChange(setSlotValue(state, name, value));
      // A valid value lives in the state; only an invalid one is kept as a draft.
      setDrafts(({ [name]: _dropped, ...rest }) => rest);
      setErrors((e) => ({ ...e, [name]: '' }));
    } catch (error) {
      setDrafts((d) => ({ ...d, [name]: value }));
      setErrors((e) => ({ ...e, [name]: `${(error as Error).message}. The prompt keeps the last valid value.` }));
    }
  };

  return (
    <fieldset className="builder__slots">
      <legend>Slots of “{template.title}”</legend>
      {Object.entries(template.slots).map(([name, slot]) => {
        const value = state.values[name] ?? slot.default;
        return slot.kind === 'text' ? (
          <TextField
            key={`${template.id}-${name}`}
            label={slot.label}
            value={drafts[name] ?? value}
            hint={slot.hint}
            error={errors[name] || undefined}
            onChange={(text) => update(name, text)}
          />
        ) : (
          <SelectField
            key={`${template.id}-${name}`}
            label={slot.label}
            value={value}
            onChange={(choice) => update(name, choice)}
            options={slot.choices.map((choice: FragmentId) => ({ value: choice, label: getFragment(choice).label }))}
          />
        );
      })}
    </fieldset>
  );
}
