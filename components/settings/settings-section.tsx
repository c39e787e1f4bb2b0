import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";

/** Props of SettingsSection: an id for the heading, title, description and content. */
export interface SettingsSectionProps {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}

/** One settings group as a labelled region. */
export function SettingsSection({ id, title, description, children }: SettingsSectionProps) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={`settings-${id}`}>
      <Card>
        <div className="border-b border-line px-4 py-3 sm:px-5">
          <h2 id={`${id}-title`} className="font-semibold">
            {title}
          </h2>
          <p className="mt-0.5 text-sm text-muted">{description}</p>
        </div>
        <CardBody>{children}</CardBody>
      </Card>
    </section>
  );
}
