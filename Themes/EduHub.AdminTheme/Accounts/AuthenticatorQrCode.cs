using System.Text;
using QRCoder;

namespace EduHub.AdminTheme.Accounts;

/// <summary>
/// The otpauth:// URI as a QR code for authenticator apps: QRCoder's SVG, served as a data: image (the admin's
/// CSP allows <c>img-src data:</c>), so the page carries no inline style or script and the image gets an alt text.
/// </summary>
public static class AuthenticatorQrCode
{
    public static string DataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);
        var svg = code.GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
