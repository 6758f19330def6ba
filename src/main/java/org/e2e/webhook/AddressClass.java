package org.e2e.webhook;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pure classification of IP addresses a webhook must not reach (no DNS, no configuration): loopback, link-local
 * (169.254.169.254, the cloud metadata service, among them), private, shared (CGNAT), unique-local, multicast,
 * unspecified, broadcast and reserved addresses, and IPv6 addresses that embed an IPv4 address of such a class.
 * Also recognises the numeric IPv4 spellings other clients accept (2130706433, 0x7f000001, 0177.0.0.1, 127.1).
 */
public final class AddressClass {

    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_DECIMAL = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private static final Cidr[] REFUSED_V4 = {
            Cidr.parse("0.0.0.0/8"), Cidr.parse("127.0.0.0/8"), Cidr.parse("169.254.0.0/16"), Cidr.parse("10.0.0.0/8"),
            Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"), Cidr.parse("100.64.0.0/10"),
            Cidr.parse("224.0.0.0/4"), Cidr.parse("255.255.255.255/32"), Cidr.parse("240.0.0.0/4") };
    private static final String[] REFUSED_V4_NAMES = { "unspecified", "loopback", "link-local", "private", "private",
            "private", "shared (CGNAT)", "multicast", "broadcast", "reserved" };

    private AddressClass() {
    }

    /** Why the address is refused as a webhook target ("loopback", "private", ...), or empty for a public one. */
    public static Optional<String> refused(InetAddress address) {
        if (address instanceof Inet4Address) {
            for (int i = 0; i < REFUSED_V4.length; i++) {
                if (REFUSED_V4[i].contains(address)) {
                    return Optional.of(REFUSED_V4_NAMES[i]);
                }
            }
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        Optional<InetAddress> embedded = embeddedIpv4(b);
        if (embedded.isPresent()) {
            return refused(embedded.get()).map(c -> c + " (embedded in an IPv6 address)");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("site-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address inside an IPv4-mapped (::ffff:0:0/96; Java usually unwraps those itself), IPv4-compatible
     * (::/96, other than :: and ::1) or NAT64 (64:ff9b::/96) IPv6 address.
     */
    static Optional<InetAddress> embeddedIpv4(byte[] b) {
        boolean zero80 = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        boolean mapped = zero80 && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = zero80 && b[10] == 0 && b[11] == 0 && (b[12] | b[13] | b[14]) != 0;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b
                && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        if (!(mapped || compatible || nat64)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a URL's host is an IP address literal (dotted decimal IPv4 or a bracketed IPv6 address). */
    public static boolean isIpLiteral(String host) {
        return host.startsWith("[") || DOTTED_DECIMAL.matcher(host).matches();
    }

    /**
     * A host written as a number in a form other than four dotted decimal parts ("2130706433", "0x7f.1",
     * "0177.0.0.1", "127.1"): the IPv4 address inet_aton reads it as. Such spellings are ambiguous between clients.
     */
    public static Optional<InetAddress> nonStandardIpv4(String host) {
        if (!NUMERIC_HOST.matcher(host).matches() || DOTTED_DECIMAL.matcher(host).matches()) {
            return Optional.empty();
        }
        String[] parts = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").split("\\.");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            BigInteger v = p.startsWith("0x") ? (p.length() == 2 ? BigInteger.ZERO : new BigInteger(p.substring(2), 16))
                    : p.length() > 1 && p.startsWith("0") ? new BigInteger(p, 8) : new BigInteger(p);
            if (v.bitLength() > 32) {
                return Optional.of(unspecified()); // out of range: no address, refused all the same
            }
            values[i] = v.longValue();
        }
        long address = values[parts.length - 1];
        int shift = 24;
        for (int i = 0; i < parts.length - 1; i++, shift -= 8) {
            address |= (values[i] & 0xff) << shift;
        }
        try {
            return Optional.of(InetAddress.getByAddress(ByteBuffer.allocate(4).putInt((int) address).array()));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress unspecified() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address block, IPv4 or IPv6, such as 10.0.0.0/8 or fc00::/7. */
    public record Cidr(byte[] network, int prefix) {

        public static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            if (!host.contains(":") && !DOTTED_DECIMAL.matcher(host).matches()) {
                throw new IllegalArgumentException("not an IP address block: " + text);
            }
            try {
                byte[] network = InetAddress.getByName(host).getAddress();
                int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("prefix out of range: " + text);
                }
                return new Cidr(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address block: " + text, e);
            }
        }

        public boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
