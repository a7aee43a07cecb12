/**
 * Any number of answers (KERN checkboxes); see ChoiceGroup for the markup and Field for the
 * pattern. Nothing ticked submits nothing: the server reads a missing field as "none".
 */
import { ChoiceGroup, type ChoiceGroupProps } from "./ChoiceGroup";

export function CheckboxGroup({ defaultValue, ...props }: ChoiceGroupProps & { defaultValue: readonly string[] }) {
  return <ChoiceGroup {...props} type="checkbox" checked={(value) => defaultValue.includes(value)} />;
}
