/** The Graph API body of a WhatsApp list message to `to`: one section, opened by the `button` text. */
export function listMessage(to: string, body: string, rows: { id: string; title: string; description?: string }[], button = 'Kies hier') {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'interactive',
    interactive: { type: 'list', body: { text: body }, action: { button, sections: [{ rows }] } },
  };
}
