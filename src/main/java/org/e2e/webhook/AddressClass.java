package org.e2e.webhook;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.e2e.webhook.SpecialPurposeAddresses.Row;
import org.e2e.webhook.SpecialPurposeAddresses.Rule;

/**
 * Pure classification of IP addresses a webhook must not reach (no DNS, no configuration): every block of the IANA
 * special-purpose address registries ({@link SpecialPurposeAddresses}, one row per registry entry), multicast, and
 * IPv6 space outside global unicast (2000::/3), which IANA keeps reserved. NAT64 and 6to4 addresses are judged by the
 * IPv4 address they carry. Also recognises the numeric IPv4 spellings other clients accept (2130706433, 0x7f000001,
 * 0177.0.0.1, 127.1).
 */
public final class AddressClass {

    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_DECIMAL = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private AddressClass() {
    }

    /**
     * Why the address is refused as a webhook target, as a phrase that follows "is" ("in the loopback block
     * 127.0.0.0/8 (RFC 1122)"), or empty for a public one.
     */
    public static Optional<String> refused(InetAddress address) {
        Optional<Row> row = SpecialPurposeAddresses.row(address);
        if (row.isPresent()) {
            Row r = row.get();
            String in = "in the " + r.name() + " block " + r.prefix() + " (" + r.reference() + ")";
            if (r.rule() == Rule.REFUSE) {
                return Optional.of(in);
            }
            InetAddress embedded = embeddedIpv4(r, address.getAddress());
            return refused(embedded).map(why -> in + " and carries " + embedded.getHostAddress() + ", " + why);
        }
        if (address instanceof Inet6Address && SpecialPurposeAddresses.outsideGlobalUnicast(address)) {
            return Optional.of("in IPv6 space IANA keeps reserved (outside global unicast 2000::/3)");
        }
        return Optional.empty();
    }

    /** The IPv4 address a NAT64 (last 32 bits) or 6to4 (bits 16 to 47) address carries. */
    private static InetAddress embeddedIpv4(Row row, byte[] b) {
        int from = row.block().prefix() == 16 ? 2 : 12;
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, from, from + 4));
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
                byte[] network = bytes(host);
                int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("prefix out of range: " + text);
                }
                return new Cidr(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address block: " + text, e);
            }
        }

        /** The address's bytes; an IPv6 spelling stays 16 bytes even where Java reads it as IPv4 (::ffff:0:0). */
        private static byte[] bytes(String host) throws UnknownHostException {
            byte[] address = InetAddress.getByName(host).getAddress();
            if (!host.contains(":") || address.length == 16) {
                return address;
            }
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(address, 0, mapped, 12, 4);
            return mapped;
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
