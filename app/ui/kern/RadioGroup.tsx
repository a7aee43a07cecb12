/** One answer out of several (KERN radio buttons); see ChoiceGroup for the markup and Field for the pattern. */
import { ChoiceGroup, type ChoiceGroupProps } from "./ChoiceGroup";

export function RadioGroup({ defaultValue, ...props }: ChoiceGroupProps & { defaultValue?: string }) {
  return <ChoiceGroup {...props} type="radio" checked={(value) => value === defaultValue} />;
}
