package io.orderflow.rest;

/** Text that comes from another party (a participant's detail, a provider's reason), made safe to store. */
public final class BoundedText {

    private BoundedText() {
    }

    /** Drops characters a database refuses and cuts the text to {@code maxLength} characters. */
    public static String of(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), maxLength));
        for (int i = 0; i < text.length() && clean.length() < maxLength; i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                if (clean.length() + 2 > maxLength) {
                    break;
                }
                clean.append(c).append(text.charAt(++i));
            } else if (StorableText.Validator.isStorable(String.valueOf(c))) {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
